import { paragraphs } from './paragraphs.ts';

/** A message's text as paragraphs (scenario text is rendered as text, never as markup). */
export function MessageText({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className ?? 'message-text'}>
      {paragraphs(text).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  );
}
