// dladm_parse_args (libdladm.c), which dladm_parse_link_props is: "prop=v1,v2,prop2=v" split
// at '=' and ','. A word after ',' is another value of the property before it, a word before
// '=' names a property; an empty word fails, and so does any value when values are not
// wanted (show-linkprop, reset-linkprop). Its quirks are kept: "a=b=c" names a, then b.

/** DLADM_MAX_ARG_CNT properties, DLADM_MAX_ARG_VALS values each. */
const MAX_ARG_CNT = 32;
const MAX_ARG_VALS = 128;

export interface ArgInfo {
  name: string;
  values: string[];
}

/** The list ([] for an empty string), or undefined where libdladm answers FAILED. */
export function parseLinkProps(str: string, novalues: boolean): ArgInfo[] | undefined {
  const list: ArgInfo[] = [];
  if (str === '') return list;
  let aip: ArgInfo | undefined;
  let curr = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = str[i];
    const match = c === '=' || c === ',';
    if (!match && i !== len - 1) continue;
    const word = match ? str.slice(curr, i) : str.slice(curr);
    if (match && word === '') return undefined;
    if (aip !== undefined && c !== '=') {
      if (aip.values.length >= MAX_ARG_VALS || novalues) return undefined;
      aip.values.push(word);
    } else {
      if (list.length >= MAX_ARG_CNT) return undefined;
      aip = { name: word, values: [] };
      list.push(aip);
      if (c === ',') aip = undefined;
    }
    curr = i + 1;
  }
  return list;
}
