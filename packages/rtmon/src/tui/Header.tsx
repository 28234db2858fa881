// Top of the view: the state file, the socket's awareness, live/paused/replay, counts per type.
import React from 'react';
import { Box, Text } from 'ink';
import { vis } from '@ipmplab/userland/vis';
import { TYPE_COLOURS, shortType, useColour } from './theme';

export interface HeaderProps {
  label: string;
  mode: 'live' | 'replay';
  aware: boolean;
  paused: boolean;
  queued: number;
  counts: Record<string, number>;
  total: number;
  lost: number;
  filter: string;
  status?: string;
  width: number;
}

/** Count order: the RTM_* numbering. */
const ORDER = Object.keys(TYPE_COLOURS);

export function Header(p: HeaderProps) {
  const colour = useColour();
  const counts = Object.entries(p.counts).sort((a, b) => ORDER.indexOf(a[0]) - ORDER.indexOf(b[0]));
  return (
    <Box flexDirection="column" width={p.width}>
      <Box>
        <Text bold wrap="truncate">
          rtmon{' '}
        </Text>
        {/* File names and the filter are as typed: shown visibly. */}
        <Text wrap="truncate">{p.mode === 'replay' ? `replay ${vis(p.label)}` : vis(p.label)}</Text>
        <Text>{'  '}</Text>
        <Text bold color={colour(p.aware ? 'magenta' : 'cyan')}>
          {p.aware ? 'RTAW_UNDER_IPMP' : 'RTAW_DEFAULT'}
        </Text>
        <Text>{'  '}</Text>
        {p.paused ? (
          <Text bold inverse color={colour('yellow')}>
            {` PAUSED ${p.queued} queued `}
          </Text>
        ) : (
          <Text color={colour('green')}>{vis(p.status ?? (p.mode === 'replay' ? 'playing' : 'live'))}</Text>
        )}
      </Box>
      <Box>
        <Text wrap="truncate">
          {counts.length === 0 ? <Text dimColor>no messages yet  </Text> : null}
          {counts.map(([name, n]) => (
            <Text key={name}>
              <Text color={colour(TYPE_COLOURS[name])}>{shortType(name)}</Text> {n}
              {'  '}
            </Text>
          ))}
          <Text>total {p.total}</Text>
          {p.lost ? <Text color={colour('red')} bold>{`  lost ${p.lost}`}</Text> : null}
          {p.filter ? <Text>{`  filter: ${vis(p.filter)}`}</Text> : null}
        </Text>
      </Box>
      <Text dimColor>{'─'.repeat(Math.max(0, p.width))}</Text>
    </Box>
  );
}
