// Hand-written test posts and score results (never copied from the corpus).
import type { ScoreResult } from '../../../src/pipeline/scorer.js';
import type { Label } from '../../../src/data/labels.js';
import type { Level } from '../../../src/decision/level.js';

export function fakeResult(risk: number, label: Label = 'dukungan', level: Level = risk > 0.8 ? 'tinggi' : risk > 0.5 ? 'sedang' : 'rendah', election = 'pilpres-2024'): ScoreResult {
  const rest = (1 - risk) / 1;
  const scores = { ajakan: 0, dukungan: 0, serangan: 0, netral: rest } as Record<Label, number>;
  if (label !== 'netral') scores[label] = risk;
  else scores.dukungan = risk;
  return {
    id: undefined,
    label,
    risk,
    level,
    scores,
    evidence: [{ text: 'dukung', weight: 1.5 }, { text: 'nomor 2', weight: 0.9, candidate: 'Calon Contoh (02, pilpres-2024)' }],
    mentions: [{ kind: 'number', text: 'nomor 2', candidate: 'Calon Contoh (02, pilpres-2024)' }],
    election,
    model: { version: 'test-model', backend: 'test' },
  };
}

export const POSTS = [
  'Saya dukung nomor 2 untuk kemajuan daerah kita, mari bersama!',
  'Hari ini rapat koordinasi pelayanan publik di kantor kecamatan.',
  'Ayo ke TPS tanggal 14, pilih yang sudah terbukti kerjanya.',
  'Jangan pilih calon yang suka ingkar janji, ingat rekam jejaknya.',
  'Selamat pagi, jangan lupa sarapan sebelum berangkat kerja.',
];
