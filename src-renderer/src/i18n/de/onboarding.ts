import type { Catalog } from '../catalog';
import type { onboarding as en } from '../en/onboarding';

export const onboarding: Catalog<typeof en> = {
  welcome: 'Willkommen bei Cadence',
  review: 'Unternehmensphase überprüfen',
  intro:
    'Ein paar einfache Fragen, damit Ihr Plan zu Ihrem Unternehmen passt. Cadence schlägt anhand Ihrer Antworten eine Phase vor; Sie können eine andere wählen und sie jederzeit in den Einstellungen ändern.',
  loading: 'Ihre Antworten werden geladen…',
  proposal: {
    incomplete: 'Beantworten Sie die Fragen, dann schlägt Cadence eine Phase vor.',
    asking: 'Eine passende Phase wird ermittelt…',
    ready: 'Unser Vorschlag: {{stage}} – {{reason}}',
  },
  chooseOther: 'Eine andere Phase wählen',
  yourStage: 'Ihre Phase',
  override: 'Ihr Plan verwendet „{{stage}}“, Ihre Wahl.',
  answerAll: 'Beantworten Sie zuerst alle Fragen, oder wählen Sie „Vorerst überspringen“.',
  start: 'Meinen Plan starten',
  save: 'Meine Antworten speichern',
  skip: 'Vorerst überspringen',
  cancel: 'Abbrechen',
  aims: '{{summary}} Strebt {{split}} an.',
  questions: {
    monthsPosting: {
      question: 'Wie lange veröffentlichen Sie schon für das Unternehmen?',
      'not-yet': 'Noch gar nicht',
      'under-6-months': 'Weniger als 6 Monate',
      '6-to-24-months': '6 Monate bis 2 Jahre',
      'over-2-years': 'Mehr als 2 Jahre',
    },
    followers: {
      question: 'Wie viele Follower haben Sie insgesamt, über alle Kanäle?',
      'under-500': 'Weniger als 500',
      '500-to-5k': '500 bis 5.000',
      '5k-to-50k': '5.000 bis 50.000',
      'over-50k': 'Mehr als 50.000',
    },
    whoDoesSocial: {
      question: 'Wer kümmert sich um die sozialen Medien?',
      'me-alone': 'Ich, allein',
      'me-with-help': 'Ich, ab und zu mit Unterstützung',
      'a-team': 'Ein Team oder eine Agentur',
    },
    monthlyAdBudget: {
      question: 'Wie viel geben Sie im Monat für Werbung aus, in Ihrer Währung?',
      none: 'Noch nichts',
      'under-200': 'Weniger als 200',
      '200-to-2000': '200 bis 2.000',
      'over-2000': 'Mehr als 2.000',
    },
    mainGoal: {
      question: 'Was möchten Sie gerade am meisten?',
      'show-up-regularly': 'Regelmäßig präsent sein',
      'build-community': 'Eine Community aufbauen, die mit uns spricht',
      'reach-new-people': 'Neue Menschen erreichen',
      'turn-followers-into-sales': 'Aus Followern Kundschaft machen',
    },
  },
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
