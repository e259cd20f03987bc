import { north2023 as scenario } from '../src/scenarios/north-2023';
import { simulate } from '../src/sim/simulate';
import { policyFor } from '../src/sim/policies';
import { scoreGame } from '../src/sim/scoring';
const roles = process.argv[2] ? process.argv[2].split(',') : ['serbia','serbs','kfor','eu','kosovo'];
for (const role of roles) for (const pol of ['random','dove','hawk'] as const) {
  const n=150; const sums: Record<string,number> = {}; let tot=0; let war=0, sett=0;
  for (let i=0;i<n;i++){ const seed=`d-${i}`; const r=simulate(scenario,{seed,humans:[role],policies:{[role]:policyFor(scenario,pol,role,seed)}}); if(!r.ok) throw r.error;
    const sc=scoreGame(r.value.game.state,scenario).find(s=>s.actor===role)!; tot+=sc.score; for(const o of sc.objectives) sums[o.id]=(sums[o.id]??0)+o.points;
    if (r.value.game.state.outcome==='war') war++; if (r.value.game.state.outcome==='settlement') sett++; }
  console.log(role.padEnd(7),pol.padEnd(7),(tot/n).toFixed(1),'war',war,'sett',sett, Object.entries(sums).map(([k,v])=>`${k}:${(v/n).toFixed(1)}/${scenario.actors[role]!.objectives.find(o=>o.id===k)!.weight}`).join(' '));
}
