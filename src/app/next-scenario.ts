/** The id after `id` in library order; undefined for the last one or an unknown id. */
export function nextScenarioId(order: readonly string[], id: string): string | undefined {
  const at = order.indexOf(id);
  return at < 0 ? undefined : order[at + 1];
}
