import type { Principle } from '../core/scenario/scenario-types.ts';
import { principleLabel } from './principle-label.ts';
import './principle-tag.css';

/** A small label naming the principle behind a reply. */
export function PrincipleTag({ principle }: { principle: Principle }) {
  return (
    <span className="principle-tag">
      <span className="visually-hidden">Principle: </span>
      {principleLabel(principle)}
    </span>
  );
}
