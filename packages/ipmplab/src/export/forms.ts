// The forms `ipmplab export --as` writes.
export const EXPORT_FORMS = ['ifconfig', 'ipadm', 'files'] as const;
export type ExportForm = (typeof EXPORT_FORMS)[number];
