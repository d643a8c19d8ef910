import { getCurrentPlan, localize } from '@samverkan/core';
import { malmo } from '@samverkan/core/presets/malmo';

const plan = getCurrentPlan(malmo);
console.log(localize(plan.name)); // Samarbetsplan 2018–2022
console.log(plan.areas.map((a) => localize(a.name, 'en')));
