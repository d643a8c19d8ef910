import { readFileSync } from 'node:fs';

const read = (name: string) => readFileSync(new URL(`./seeds/${name}`, import.meta.url), 'utf8');

/** The source texts, for pinning the preset's facts to them. */
export const seeds = {
  ideburnaMalmo: read('000-ideburna-malmo.txt'),
  metaorganisationer: read('001-metaorganisationer-2017.txt'),
  beredningsgruppen: read('002-beredningsgruppen-2015.txt'),
  samarbetsplan: read('003-samarbetsplan-2018-2022.txt'),
  kartlaggning: read('004-kartlaggning-2019.txt'),
};

/** Folds white space so a passage matches across the source's line breaks. */
export const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
