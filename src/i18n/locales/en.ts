import type { Catalogue } from '../catalogue';
import app from '../parts/app.en';
import settings from '../parts/settings.en';
import charts from '../parts/charts.en';
import gradients from '../parts/gradients.en';
import receptive from '../parts/receptive.en';
import classroom from '../parts/classroom.en';
import lessons from '../parts/lessons.en';
import messages from '../parts/messages.en';
import runtime from '../parts/runtime.en';
import language from '../parts/language.en';

const catalogue: Catalogue = {
  name: 'English',
  htmlLang: 'en',
  translation: {
    app,
    settings,
    charts,
    gradients,
    receptive,
    classroom,
    lessons,
    messages,
    runtime,
    language,
  },
};
export default catalogue;
