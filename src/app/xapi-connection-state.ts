import type { XapiBridge } from '../features/xapi/xapi-bridge.ts';

let current: XapiBridge | undefined;

/**
 * The running xAPI bridge, when an LRS is set up and its code has loaded. Kept apart from
 * xapi-connection.ts so that pages on the trainee's first load can ask without loading it.
 */
export function xapiBridge(): XapiBridge | undefined {
  return current;
}

/** Set by xapi-connection.ts when it starts or stops the bridge. */
export function setXapiBridge(bridge: XapiBridge | undefined): void {
  current = bridge;
}
