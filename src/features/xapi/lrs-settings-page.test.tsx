// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seriousAxeFindings } from '../../ui/testing/axe-check.ts';
import { renderUi } from '../../ui/testing/render-ui.tsx';
import type { ConnectionVerdict } from './connection-check.ts';
import { basicAuthorization, type LrsSettings } from './lrs-settings.ts';
import { LrsSettingsPage } from './lrs-settings-page.tsx';
import { createLrsSettingsStore } from './lrs-settings-store.ts';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(cleanup);

const CONNECTED: ConnectionVerdict = { ok: true, canRead: true, message: 'Connected: fine.' };

function show(verdict: ConnectionVerdict = CONNECTED) {
  const store = createLrsSettingsStore();
  const check = vi.fn((_settings: LrsSettings) => Promise.resolve(verdict));
  const changed = vi.fn();
  const view = renderUi(
    <LrsSettingsPage store={store} checkConnection={check} onSettingsChanged={changed} />,
  );
  const type = (label: RegExp | string, value: string) =>
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  return { ...view, store, check, changed, type };
}

describe('LrsSettingsPage', () => {
  it('marks each field that needs correcting, and saves nothing', async () => {
    const { container, store, changed, type } = show();
    type('Endpoint', 'lrs.example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const endpoint = screen.getByLabelText('Endpoint');
    expect(endpoint.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText('“lrs.example.com” is not a web address: it should start with https://.'),
    ).toBeTruthy();
    expect(screen.getByLabelText('Key').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Trainee’s email').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).toContain('need correcting');
    expect(store.manager()).toBeUndefined();
    expect(changed).not.toHaveBeenCalled();
    expect(await seriousAxeFindings(container)).toEqual([]);
  });

  it('tests the connection with the settings typed, and shows the verdict', async () => {
    const { check, type } = show({
      ok: false,
      canRead: false,
      message: 'The LRS refused the key.',
    });
    type('Endpoint', 'https://lrs.example.com/xapi');
    type('Key', 'key');
    type('Secret', 'secret');
    type('Trainee’s email', 'grace@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Test the connection' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('The LRS refused the key.'),
    );
    expect(check).toHaveBeenCalledWith(
      expect.objectContaining({
        endpoint: 'https://lrs.example.com/xapi/',
        authorization: basicAuthorization('key', 'secret'),
      }),
    );
  });

  it('saves, shows the saved settings again, and forgets them', () => {
    const { store, changed, type, unmount } = show();
    type('Endpoint', 'https://lrs.example.com/xapi/');
    type('Key', 'key');
    type('Secret', 'sécret');
    fireEvent.click(screen.getByLabelText('By an account on another system'));
    type('Address of the account’s system', 'https://hr.example.com');
    type('Trainee’s account name', 'g.okafor');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(store.manager()).toMatchObject({
      identity: { kind: 'account', homePage: 'https://hr.example.com', name: 'g.okafor' },
    });
    expect(changed).toHaveBeenLastCalledWith(store.manager());
    unmount();

    show();
    expect(screen.getByLabelText<HTMLInputElement>('Secret').value).toBe('sécret');
    expect(screen.getByLabelText<HTMLInputElement>('Trainee’s account name').value).toBe(
      'g.okafor',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Forget these settings' }));
    expect(createLrsSettingsStore().manager()).toBeUndefined();
    expect(screen.getByLabelText<HTMLInputElement>('Endpoint').value).toBe('');
  });

  it('says what keeps attempts from the LRS', async () => {
    renderUi(
      <LrsSettingsPage
        store={createLrsSettingsStore()}
        checkConnection={() => Promise.resolve(CONNECTED)}
        onSettingsChanged={() => undefined}
        outboxCounts={() => Promise.resolve({ pending: 3, sent: 0, rejected: 0 })}
        problems={() => ['The LRS refused the credentials (HTTP 401).']}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'Attempts are not reaching the LRS:The LRS refused the credentials (HTTP 401).',
    );
    await waitFor(() => expect(screen.getByText(/0 sent, 3 waiting\./)).toBeTruthy());
  });

  it('says when this tab runs on settings from its launch', () => {
    createLrsSettingsStore().saveLaunch({
      endpoint: 'https://launch.example/xapi/',
      authorization: 'Basic x',
      identity: { kind: 'email', email: 'a@example.com' },
      source: 'launch',
    });
    show();
    expect(screen.getByRole('note').textContent).toContain('https://launch.example/xapi/');
  });
});
