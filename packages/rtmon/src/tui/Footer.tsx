// Bottom line: the keys, the filter being edited, or the last notice.
import React from 'react';
import { Box, Text } from 'ink';
import { vis } from '@ipmplab/userland/vis';
import { useColour } from './theme';

export interface FooterProps {
  editing: boolean;
  draft: string;
  notice?: { text: string; error: boolean };
  width: number;
}

export const KEYS_HELP = 'q quit  u awareness  p pause  f filter  c clear  ↑↓ PgUp PgDn move  Enter/→ expand';

export function Footer({ editing, draft, notice, width }: FooterProps) {
  const colour = useColour();
  return (
    <Box flexDirection="column" width={width}>
      <Text dimColor>{'─'.repeat(Math.max(0, width))}</Text>
      {editing ? (
        <Text wrap="truncate">
          <Text bold>filter: </Text>
          {/* What is typed or pasted, and complaints that echo it: shown visibly. */}
          {vis(draft)}
          <Text inverse> </Text>
          {notice?.error ? (
            <Text color={colour('red')} bold>{`  ${vis(notice.text)}`}</Text>
          ) : (
            <Text dimColor>{'  Enter applies, Esc cancels; e.g. type=RTM_ADD,IFINFO if=net0 af=inet'}</Text>
          )}
        </Text>
      ) : notice ? (
        <Text wrap="truncate" color={colour(notice.error ? 'red' : 'yellow')} bold={notice.error}>
          {vis(notice.text)}
        </Text>
      ) : (
        <Text wrap="truncate" dimColor>
          {KEYS_HELP}
        </Text>
      )}
    </Box>
  );
}
