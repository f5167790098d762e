import { create } from 'zustand';
import type { Channel } from '../../core/scenario/scenario-types.ts';
import { NO_FILTER, type LibraryFilter } from './filter-scenarios.ts';

/** The library's filter controls: UI state kept while the trainee plays and comes back. */
export interface LibraryFilterState extends LibraryFilter {
  /** Shows one channel or all. */
  setChannel: (channel: Channel | 'all') => void;
  /** Adds or removes a skill of interest. */
  toggleSkill: (skill: string) => void;
  /** Sets the search text. */
  setQuery: (query: string) => void;
  /** Shows everything again. */
  clear: () => void;
}

/** The library filter (not persisted: a new visit starts with the whole library). */
export const useLibraryFilterStore = create<LibraryFilterState>()((set) => ({
  ...NO_FILTER,
  setChannel: (channel) => set({ channel }),
  toggleSkill: (skill) =>
    set((state) => ({
      skills: state.skills.includes(skill)
        ? state.skills.filter((s) => s !== skill)
        : [...state.skills, skill],
    })),
  setQuery: (query) => set({ query }),
  clear: () => set(NO_FILTER),
}));
