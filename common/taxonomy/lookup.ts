/** Helpers over any taxonomy list (`{ id, label }[]`), shared by server and web. */
interface Entry {
  readonly id: string;
  readonly label: string;
}

/** `id → label`; an id the list no longer holds reads as itself rather than vanishing. */
export function labelLookup(list: readonly Entry[]): (id: string) => string {
  const labels = new Map(list.map((entry) => [entry.id, entry.label]));
  return (id) => labels.get(id) ?? id;
}

/** The list as `{ value, label }` options for select inputs. */
export function selectOptions(list: readonly Entry[]): { value: string; label: string }[] {
  return list.map(({ id, label }) => ({ value: id, label }));
}
