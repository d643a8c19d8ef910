import { reportToCsv, toPopolo, yearlyReport } from '@samverkan/core';
import { malmo } from '@samverkan/core/presets/malmo';

const report = yearlyReport(malmo, { year: 2019, locale: 'en' });
console.log(report.hosting.map((h) => `${h.area}: ${h.status}`));
console.log(reportToCsv(report).split('\r\n')[0]);
console.log(toPopolo(malmo).organizations.length);
