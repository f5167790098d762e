import { useLocation } from 'wouter';
import { useAttemptStore } from '../storage/attempt-store-context.tsx';
import { useTraineeStore } from './trainee-store.ts';

/** Props of {@link AppHeader}. */
export interface AppHeaderProps {
  /** The current trainee. */
  trainee: string;
}

const LINKS = [
  { path: '/', label: 'Library' },
  { path: '/history', label: 'Your history' },
  { path: '/review', label: 'Manager review' },
] as const;

/** Top bar of the trainee's pages: where to go, who is training, and how to switch. */
export function AppHeader({ trainee }: AppHeaderProps) {
  const [location] = useLocation();
  const startSwitch = useTraineeStore((s) => s.startSwitch);
  const { problem } = useAttemptStore();
  return (
    <header className="app-header">
      <nav aria-label="Main" className="app-header__nav">
        {LINKS.map((link) => (
          <a
            key={link.path}
            href={`#${link.path}`}
            aria-current={location === link.path ? 'page' : undefined}
          >
            {link.label}
          </a>
        ))}
      </nav>
      <p className="app-header__trainee">
        <span>
          Training as <strong>{trainee}</strong>
        </span>
        <button type="button" className="link-button" onClick={startSwitch}>
          Not {trainee}? Switch trainee
        </button>
      </p>
      {problem !== undefined && <p className="app-header__note">{problem.message}</p>}
    </header>
  );
}
