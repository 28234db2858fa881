// The live IPMP panel: each group with its IPMP interface, its members and their state, and its
// data addresses with the member each is bound to (when the kernel says).
import React from 'react';
import { Box, Text } from 'ink';
import { vis } from '@ipmplab/userland/vis';
import type { GroupsView } from '../types';
import { STATE_COLOURS, useColour } from './theme';

export interface GroupPanelProps {
  view: GroupsView | undefined;
  width: number;
  height: number;
}

/** The panel's lines as [text, colour?] pairs (also used to size it). */
export function groupLines(view: GroupsView | undefined): { text: string; colour?: string; dim?: boolean; bold?: boolean }[] {
  if (!view) return [{ text: 'IPMP groups', bold: true }, { text: 'no kernel (replay)', dim: true }];
  const out: { text: string; colour?: string; dim?: boolean; bold?: boolean }[] = [{ text: 'IPMP groups', bold: true }];
  if (view.groups.length === 0) {
    out.push({ text: 'no IPMP groups', dim: true });
    return out;
  }
  for (const g of view.groups) {
    // A group name is any bytes the kernel was given: shown visibly.
    out.push({ text: `${vis(g.group)}${g.ipmpIf ? `  ${g.ipmpIf}` : '  (no IPMP interface)'}`, bold: true });
    if (g.members.length === 0) out.push({ text: '  no members', dim: true });
    for (const m of g.members) {
      const extra = [m.standby ? 'standby' : '', m.running ? '' : 'link down'].filter(Boolean).join(', ');
      out.push({ text: `  ${m.name.padEnd(8)} ${m.state}${extra ? ` (${extra})` : ''}`, colour: STATE_COLOURS[m.state] });
      for (const t of m.testAddrs) out.push({ text: `    test ${t}`, dim: true });
    }
    for (const d of g.data) {
      const where = d.boundTo === '' ? '  unbound' : `  → ${d.boundTo}`;
      out.push({ text: `  ${d.addr} ${d.lif}${d.up ? '' : ' down'}${where}`, dim: !d.up });
    }
  }
  return out;
}

export function GroupPanel({ view, width, height }: GroupPanelProps) {
  const colour = useColour();
  const lines = groupLines(view);
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      {lines.slice(0, Math.max(0, height)).map((l, i) => (
        <Text key={i} wrap="truncate" bold={l.bold} dimColor={l.dim} color={colour(l.colour)}>
          {l.text}
        </Text>
      ))}
    </Box>
  );
}
