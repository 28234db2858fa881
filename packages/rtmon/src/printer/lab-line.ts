// The line a lab event gets (a snapshot restored): the lab's words, in plain output (stderr) and
// in the terminal view alike. No imports: the terminal view's bundle takes it.
export const labLine = (text: string): string => `rtmon: lab: ${text}`;
