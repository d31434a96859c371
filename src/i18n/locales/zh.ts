import type { Catalogue } from '../catalogue';
import app from '../parts/app.zh';
import settings from '../parts/settings.zh';
import charts from '../parts/charts.zh';
import gradients from '../parts/gradients.zh';
import receptive from '../parts/receptive.zh';
import classroom from '../parts/classroom.zh';
import lessons from '../parts/lessons.zh';
import messages from '../parts/messages.zh';
import runtime from '../parts/runtime.zh';
import language from '../parts/language.zh';

const catalogue: Catalogue = {
  name: '中文',
  htmlLang: 'zh-CN',
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
