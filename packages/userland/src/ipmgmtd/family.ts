// AF_INET / AF_INET6 as ipmgmtd writes them in its files (`_family=2`, `_family=26`).
export const AF_NUMBER = { inet: 2, inet6: 26 } as const;
export type IpmgmtFamily = keyof typeof AF_NUMBER;
