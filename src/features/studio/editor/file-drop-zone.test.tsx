import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seriousAxeFindings } from '../../../ui/testing/axe-check.ts';
import { FileDropZone } from './file-drop-zone.tsx';

afterEach(cleanup);

const withFiles = (files: File[] = []) => ({
  dataTransfer: { types: ['Files'], files, items: undefined, dropEffect: 'none' },
});

describe('FileDropZone', () => {
  it('shows a cue while files are dragged over it and opens what is dropped', async () => {
    const onDrop = vi.fn();
    const { container } = render(
      <FileDropZone onDrop={onDrop}>
        <p>editor</p>
      </FileDropZone>,
    );
    const zone = container.firstElementChild!;
    expect(screen.queryByText('Drop a scenario file to open it')).toBeNull();
    fireEvent.dragEnter(zone, withFiles());
    fireEvent.dragEnter(screen.getByText('editor'), withFiles());
    fireEvent.dragLeave(zone, withFiles());
    expect(screen.getByText('Drop a scenario file to open it')).toBeTruthy();
    expect(await seriousAxeFindings(container)).toEqual([]);
    fireEvent.drop(zone, withFiles([new File(['id: a\n'], 'a.yaml')]));
    expect(screen.queryByText('Drop a scenario file to open it')).toBeNull();
    await vi.waitFor(() =>
      expect(onDrop).toHaveBeenCalledWith({
        files: [{ name: 'a.yaml', text: 'id: a\n' }],
        problems: [],
      }),
    );
  });

  it('ignores drags of text rather than files', () => {
    const onDrop = vi.fn();
    const { container } = render(<FileDropZone onDrop={onDrop}>x</FileDropZone>);
    const text = { dataTransfer: { types: ['text/plain'], files: [] } };
    fireEvent.dragEnter(container.firstElementChild!, text);
    fireEvent.drop(container.firstElementChild!, text);
    expect(screen.queryByText('Drop a scenario file to open it')).toBeNull();
    expect(onDrop).not.toHaveBeenCalled();
  });
});
