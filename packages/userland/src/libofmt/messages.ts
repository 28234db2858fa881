// libofmt's error texts (illumos ofmt.c ofmt_strerror), verbatim; ofmt.ts appends the bad-field list.
export const OFMT_TEXT = {
  ignoringField: 'ignoring unknown output field:',
  ignoringFields: 'ignoring unknown output fields:',
  unknownField: 'unknown output field:',
  unknownFields: 'unknown output fields:',
  noFields: 'no valid output fields',
  parseAll: "output field `all' invalid in parsable mode",
  parseNone: 'output fields must be specified in parsable mode',
  parseWrap: 'parsable mode is incompatible with wrap mode',
  /** strerror(ENOMEM) on illumos: what `-o ""` ends in (split_str fails, ofmt_open says ENOMEM). */
  noMemory: 'Not enough space',
} as const;
