// A .yaml file imported as its text (see builtins.ts).
declare module '*.yaml' {
  const text: string;
  export default text;
}
