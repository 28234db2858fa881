// The scrolling list: one line per message (sequence number, kernel time, the route monitor
// summary), coloured by type; a gap is a highlighted row.
import React from 'react';
import { Box, Text } from 'ink';
import type { Row } from '../types';
import { windowOf } from './model';
import { labLine } from '../printer/lab-line';
import { TYPE_COLOURS, clock, useColour } from './theme';

export interface MessageListProps {
  visible: Row[];
  selected: number | null;
  height: number;
  width: number;
}

function seqText(r: Row): string {
  if (r.kind === 'lost') return '!!'.padStart(7);
  if (r.kind === 'lab') return 'lab'.padStart(7);
  return (r.seq === null ? 'dump' : String(r.seq)).padStart(7);
}

export function MessageList({ visible, selected, height, width }: MessageListProps) {
  const colour = useColour();
  const { rows, start, cursor } = windowOf(visible, selected, height);
  if (visible.length === 0) {
    return (
      <Box height={height} width={width}>
        <Text dimColor>waiting for routing messages…</Text>
      </Box>
    );
  }
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      {rows.map((r, i) => {
        const isCursor = start + i === cursor;
        if (r.kind === 'lost') {
          return (
            <Text key={r.key} wrap="truncate" bold inverse={isCursor} color={colour('white')} backgroundColor={colour('red')}>
              {`${seqText(r)} ${clock(r.at)} rtmon: ${r.count} messages lost`}
            </Text>
          );
        }
        if (r.kind === 'lab') {
          return (
            <Text key={r.key} wrap="truncate" bold inverse={isCursor} color={colour('cyan')}>
              {`${seqText(r)} ${clock(r.at)} ${labLine(r.text)}`}
            </Text>
          );
        }
        return (
          <Text key={r.key} wrap="truncate" inverse={isCursor}>
            <Text dimColor={!isCursor}>{`${seqText(r)} ${clock(r.at)} `}</Text>
            <Text color={colour(TYPE_COLOURS[r.typeName])}>{r.summary}</Text>
          </Text>
        );
      })}
    </Box>
  );
}
