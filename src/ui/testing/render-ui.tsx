import { render, type RenderResult } from '@testing-library/react';
import { LazyMotion, MotionConfig, domAnimation } from 'framer-motion';
import type { ReactElement } from 'react';

/** For component tests: renders inside the same motion providers as the app. */
export function renderUi(ui: ReactElement): RenderResult {
  return render(ui, {
    wrapper: ({ children }) => (
      <LazyMotion features={domAnimation} strict>
        <MotionConfig reducedMotion="user">{children}</MotionConfig>
      </LazyMotion>
    ),
  });
}
