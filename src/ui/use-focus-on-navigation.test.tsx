// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { useFocusOnNavigation } from './use-focus-on-navigation.ts';

afterEach(cleanup);

function Page() {
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  return (
    <>
      <button type="button">Open</button>
      <main ref={main}>page</main>
    </>
  );
}

describe('useFocusOnNavigation', () => {
  it('leaves the first render alone, then focuses the main region on each route change', () => {
    const location = memoryLocation({ path: '/studio' });
    const view = render(
      <Router hook={location.hook}>
        <Page />
      </Router>,
    );
    const button = view.getByRole('button', { name: 'Open' });
    button.focus();
    expect(document.activeElement).toBe(button);
    act(() => location.navigate('/studio/draft/a'));
    const main = view.getByRole('main');
    expect(document.activeElement).toBe(main);
    expect(main.getAttribute('tabindex')).toBe('-1');
    button.focus();
    // A re-render on the same route does not steal focus back.
    view.rerender(
      <Router hook={location.hook}>
        <Page />
      </Router>,
    );
    expect(document.activeElement).toBe(button);
  });
});
