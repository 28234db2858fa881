// The two address families the stack speaks (AF_INET, AF_INET6), by the names the model uses.
// Its own file: the route table and the address helpers need it, and the model needs them.
export type Family = 'inet' | 'inet6';
export const FAMILIES: readonly Family[] = ['inet', 'inet6'];
