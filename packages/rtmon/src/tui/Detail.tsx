// The selected message in full: what route monitor prints for it.
import React from 'react';
import { Box, Text } from 'ink';
import type { Row } from '../types';
import { TYPE_COLOURS, useColour } from './theme';
import { labLine } from '../printer/lab-line';

export interface DetailProps {
  row: Row | undefined;
  height: number;
  width: number;
}

export function Detail({ row, height, width }: DetailProps) {
  const colour = useColour();
  if (!row) return <Box height={height} width={width} />;
  const title =
    row.kind === 'lost'
      ? `gap at ${new Date(row.at).toISOString()}`
      : row.kind === 'lab'
        ? `lab event at ${new Date(row.at).toISOString()}`
        : `${row.seq === null ? 'dump' : `message ${row.seq}`}  ${new Date(row.at).toISOString()}  ${row.typeName}`;
  const lines = row.kind === 'lost'
    ? [`rtmon: ${row.count} messages lost`, '', 'The socket fell behind the bounded journal (ENOBUFS).']
    : row.kind === 'lab'
      ? [labLine(row.text), '', 'The lab replaced the host\'s state from outside; the kernel sent no routing message.']
      : row.full.replace(/\n$/, '').split('\n');
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      <Text bold wrap="truncate" color={colour(row.kind === 'lost' ? 'red' : row.kind === 'lab' ? 'cyan' : TYPE_COLOURS[row.typeName])}>
        {title}
        <Text dimColor bold={false}>{'   (Esc/← closes, ↑↓ next)'}</Text>
      </Text>
      {lines.slice(0, Math.max(0, height - 1)).map((l, i) => (
        <Text key={i} wrap="truncate">
          {l === '' ? ' ' : l}
        </Text>
      ))}
    </Box>
  );
}
