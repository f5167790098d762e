/** One line of the conversation so far. */
export interface TranscriptLine {
  /** Stable key. */
  key: string;
  /** Who speaks: the customer, the trainee, or narration. */
  speaker: 'customer' | 'trainee' | 'narration';
  /** What was said, paragraphs kept. */
  text: string;
}

/** Props of {@link Transcript}. */
export interface TranscriptProps {
  /** The customer's name. */
  customerName: string;
  /** Lines in order. */
  lines: readonly TranscriptLine[];
}

/** The conversation so far; screen readers hear each new message (role log). */
export function Transcript({ customerName, lines }: TranscriptProps) {
  return (
    <div role="log" aria-label="Conversation">
      <ol className="transcript">
        {lines.map((line) => (
          <li key={line.key} className={`transcript__line transcript__line--${line.speaker}`}>
            {line.speaker !== 'narration' && (
              <span className="transcript__speaker">
                {line.speaker === 'customer' ? customerName : 'You'}
              </span>
            )}
            <p className="transcript__text">{line.text}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
