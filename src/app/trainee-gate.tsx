import type { ReactNode } from 'react';
import { useTraineeStore } from './trainee-store.ts';
import { WelcomePage } from './welcome-page.tsx';

/** Props of {@link TraineeGate}. */
export interface TraineeGateProps {
  /** The app for a known trainee. */
  children: (trainee: string) => ReactNode;
}

/** Shows the welcome screen until the trainee has said who they are (or while switching). */
export function TraineeGate({ children }: TraineeGateProps) {
  const trainee = useTraineeStore((s) => s.trainee);
  const switching = useTraineeStore((s) => s.switching);
  if (trainee === null || switching) return <WelcomePage />;
  return children(trainee);
}
