import type { Rung } from '../../sim/types';

// Ten rungs, after Kahn's escalation ladder: climbing is quick, climbing down
// one rung at a time; the top rung ends the game.
export const ladder: Rung[] = [
  { level: 0, name: 'Dialogue', description: 'Disputes are handled at the table in Brussels.' },
  { level: 1, name: 'War of words', description: 'Sharp statements from both capitals; nothing moves on the ground.' },
  { level: 2, name: 'Boycotts and walk-outs', description: 'Serbs stay out of institutions and elections.' },
  { level: 3, name: 'Street protests', description: 'Crowds gather in the northern towns.' },
  { level: 4, name: 'Blockades and barricades', description: 'Roads and crossings are blocked; movement is restricted.' },
  { level: 5, name: 'Police operations', description: 'Special police enter contested places by force.' },
  { level: 6, name: 'Clashes with injuries', description: 'Crowds, police or peacekeepers are hurt in confrontations.' },
  { level: 7, name: 'Armed incidents', description: 'Shots, explosives or armed groups appear.' },
  { level: 8, name: 'Brinkmanship at the line', description: 'Troops massed near the line; one mistake from war.' },
  { level: 9, name: 'Armed conflict', description: 'Fighting between armed forces. Everyone has lost.' },
];
