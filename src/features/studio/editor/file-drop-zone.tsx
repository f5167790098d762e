import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { carriesFiles, readDrop, type DropResult } from './file-drop.ts';
import './file-drop-zone.css';

/** Props of {@link FileDropZone}. */
export interface FileDropZoneProps {
  /** Called with the scenario files dropped (and why any others were refused). */
  onDrop: (result: DropResult) => void;
  /** What the files can be dropped on (the editor). */
  children: ReactNode;
}

/**
 * An area that opens scenario files dropped on it, showing a frame while files are dragged
 * over it. Dropping is for the mouse; the studio's Open buttons are the keyboard's way.
 */
export function FileDropZone({ onDrop, children }: FileDropZoneProps) {
  const [dragging, setDragging] = useState(false);
  // Entering a child fires dragleave on the parent: count to know when the drag really left.
  const depth = useRef(0);

  const enter = (event: DragEvent) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    depth.current += 1;
    setDragging(true);
  };
  const over = (event: DragEvent) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const leave = () => {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  };
  const drop = (event: DragEvent) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    depth.current = 0;
    setDragging(false);
    void readDrop(event.dataTransfer).then(onDrop);
  };

  return (
    <div
      className={`file-drop-zone${dragging ? ' file-drop-zone--dragging' : ''}`}
      onDragEnter={enter}
      onDragOver={over}
      onDragLeave={leave}
      onDrop={drop}
    >
      {children}
      {dragging && (
        <div className="file-drop-zone__cue" aria-hidden="true">
          Drop a scenario file to open it
        </div>
      )}
    </div>
  );
}
