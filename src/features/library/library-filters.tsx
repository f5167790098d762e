import { useId, type RefObject } from 'react';
import type { Channel } from '../../core/scenario/scenario-types.ts';
import { CHANNEL_NAMES } from './channel-names.ts';
import { useLibraryFilterStore } from './library-filter-store.ts';
import { skillLabel } from './skill-names.ts';

/** Props of {@link LibraryFilters}. */
export interface LibraryFiltersProps {
  /** Channels to offer (those present in the library). */
  channels: readonly Channel[];
  /** Skills to offer (those trained in the library). */
  skills: readonly string[];
  /** The search field, so "Clear filters" can put focus back there. */
  searchRef: RefObject<HTMLInputElement | null>;
}

/** Search, channel and skill filters: native inputs, so every control works from the keyboard. */
export function LibraryFilters({ channels, skills, searchRef }: LibraryFiltersProps) {
  const filter = useLibraryFilterStore();
  const searchId = useId();
  const channelName = useId();
  return (
    <div role="search" aria-label="Find a scenario" className="library-filters">
      <div className="library-filters__search">
        <label htmlFor={searchId}>Search scenarios</label>
        <input
          ref={searchRef}
          id={searchId}
          type="search"
          value={filter.query}
          placeholder="Title, customer or skill"
          onChange={(e) => filter.setQuery(e.target.value)}
        />
      </div>
      <fieldset className="library-filters__group">
        <legend>Channel</legend>
        {(['all', ...channels] as const).map((channel) => (
          <label key={channel} className="library-chip">
            <input
              type="radio"
              name={channelName}
              value={channel}
              checked={filter.channel === channel}
              onChange={() => filter.setChannel(channel)}
            />
            {channel === 'all' ? 'All channels' : CHANNEL_NAMES[channel]}
          </label>
        ))}
      </fieldset>
      <fieldset className="library-filters__group">
        <legend>Skills (any of)</legend>
        {skills.map((skill) => (
          <label key={skill} className="library-chip">
            <input
              type="checkbox"
              checked={filter.skills.includes(skill)}
              onChange={() => filter.toggleSkill(skill)}
            />
            {skillLabel(skill)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
