import type { Catalog } from '../catalog';
import type { onboarding as en } from '../en/onboarding';

export const onboarding: Catalog<typeof en> = {
  stage: {
    starting: 'Am Anfang',
    growing: 'Im Wachstum',
    scaling: 'Im Ausbau',
    startingSummary:
      'Klein und am Anfang: Eine beständige Präsenz und der Austausch mit Ihrer Community kommen zuerst.',
    growingSummary: 'Im Wachstum: Marketing wird entscheidend, um neue Menschen zu erreichen und zu wachsen.',
    scalingSummary:
      'Größer oder schnell wachsend: tägliche Interaktion und datengetriebenes Wachstum, Seite an Seite.',
    split: 'etwa {{management}} / {{marketing}} Pflege / Marketing',
  },
};
