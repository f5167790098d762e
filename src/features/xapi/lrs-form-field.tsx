import type { ReactNode } from 'react';

/** Attributes a field's control gets: its id, and its problem when it has one. */
export interface ControlAttributes {
  /** Ties the label to the control. */
  id: string;
  /** Set when the field has a problem. */
  'aria-invalid'?: true;
  /** The problem's paragraph, when there is one. */
  'aria-describedby'?: string;
}

/** A labelled field whose control says when it has a problem, and which one. */
export function Field({
  id,
  label,
  problem,
  children,
}: {
  id: string;
  label: string;
  problem: string | undefined;
  children: (attrs: ControlAttributes) => ReactNode;
}) {
  const problemId = `${id}-problem`;
  return (
    <div className="lrs-settings__field">
      <label htmlFor={id}>{label}</label>
      {children(
        problem === undefined
          ? { id }
          : { id, 'aria-invalid': true, 'aria-describedby': problemId },
      )}
      {problem !== undefined && (
        <p id={problemId} className="lrs-settings__problem">
          {problem}
        </p>
      )}
    </div>
  );
}
