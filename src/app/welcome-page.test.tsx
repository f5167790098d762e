import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TraineeGate } from './trainee-gate.tsx';
import { useTraineeStore } from './trainee-store.ts';

function renderGate() {
  render(<TraineeGate>{(trainee) => <p>App for {trainee}</p>}</TraineeGate>);
}

beforeEach(() => {
  localStorage.clear();
  useTraineeStore.setState({ trainee: null, recent: [], switching: false });
});
afterEach(cleanup);

describe('TraineeGate and WelcomePage', () => {
  it('asks for a name first, refuses a blank one and then lets the trainee in', async () => {
    renderGate();
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Extra Mile' })).toBeTruthy();
    const field = screen.getByRole('textbox', { name: 'Your name' });
    expect(document.activeElement).toBe(field);

    await userEvent.click(screen.getByRole('button', { name: 'Start training' }));
    expect(screen.getByRole('alert').textContent).toBe('Please type your name.');
    expect(field.getAttribute('aria-invalid')).toBe('true');

    await userEvent.type(field, '  Dana  {Enter}');
    expect(screen.getByText('App for Dana')).toBeTruthy();
    expect(localStorage.getItem('extra-mile:trainee')).toMatch(/"trainee":"Dana"/);
  });

  it('switches trainee, offers recent names and can be cancelled', async () => {
    useTraineeStore.getState().signIn('Sam');
    useTraineeStore.getState().signIn('Dana');
    renderGate();
    useTraineeStore.getState().startSwitch();
    expect(await screen.findByRole('heading', { name: 'Switch trainee' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Stay Dana' }));
    expect(screen.getByText('App for Dana')).toBeTruthy();

    useTraineeStore.getState().startSwitch();
    await userEvent.click(await screen.findByRole('button', { name: 'Continue as Sam' }));
    expect(screen.getByText('App for Sam')).toBeTruthy();
  });
});
