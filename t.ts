import { tokenize } from './src/index.ts';
const show = (t: string) => console.log(JSON.stringify(t), '→', tokenize(t).map((x) => `${x.text}/${x.kind}${x.script ? ':' + x.script : ''}`).join('  '));
for (const t of ['زار 3 وزراء بالـiPhone 🇸🇦', 'سَلَامٌ العـــربية می‌خواهم', '2024م COVID-19 G7 mp3 don\'t', '3.5 ٣٫٥ ١٬٠٠٠ 2,500,000 10:30 50% ٥٠٪', 'زوروا https://example.com/a?b=1. أو www.site.org/x) أو info@example.com', '#مصر_اليوم @user_1 #1', '👨‍👩‍👧 👍🏽 1️⃣ 🏴󠁧󠁢󠁥󠁮󠁧󠁿 ❤️ © ©️', 'ماذا؟! لا... نعم!!! «قال» “هو”', 'ال3 الـ16 و2006', 'U.S. e.g. 3D الواي-فاي']) show(t);
