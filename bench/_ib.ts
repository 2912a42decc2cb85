import { ibrohim, smsa } from './datasets';
import { createChecker } from '../rules/index';
const c = createChecker();
const data = ibrohim();
let tp=0, fp=0, fn=0, tn=0; const fns: string[] = [], fps: string[] = [];
for (const d of data) {
  const hit = c.check(d.text).some(f => f.refs.includes('etika-7') && f.severity !== 'info');
  if (d.positive && hit) tp++; else if (d.positive) { fn++; fns.push(d.text.slice(0,140).replace(/\n/g,' ')); } else if (hit) { fp++; fps.push(d.text.slice(0,140).replace(/\n/g,' ') + ' || ' + c.check(d.text).map(f=>d.text.slice(f.start,f.end)).join('|')); } else tn++;
}
const f1 = (p:number, r:number) => 2*p*r/(p+r);
const pPos = tp/(tp+fp), rPos = tp/(tp+fn), pNeg = tn/(tn+fn), rNeg = tn/(tn+fp);
console.log({tp,fp,fn,tn, f1pos: f1(pPos,rPos), f1neg: f1(pNeg,rNeg), macro: (f1(pPos,rPos)+f1(pNeg,rNeg))/2});
const sm = smsa().filter(s => s.label !== 'negative');
let warn = 0; const ws: string[] = [];
for (const s of sm) { const fs = c.check(s.text).filter(f => f.severity !== 'info'); if (fs.length) { warn++; ws.push(fs.map(f => f.ruleId + ':' + s.text.slice(f.start,f.end)).join(',') + ' || ' + s.text.slice(0,100)); } }
console.log('smsa', warn, sm.length, (100*warn/sm.length).toFixed(2)+'%');
import { writeFileSync } from 'node:fs';
writeFileSync('/tmp/fns.txt', fns.join('\n')); writeFileSync('/tmp/fps.txt', fps.join('\n')); writeFileSync('/tmp/ws.txt', ws.join('\n'));
