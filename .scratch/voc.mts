import { englishVocabulary, englishWords } from '../e2e/helpers/english.ts';
const v = englishVocabulary();
console.log(v.size, ['image','string','markdown','status','datetime','new','publish','media','foto'].map(w=>w+':'+v.has(w)).join(' '));
console.log(englishWords(['Isian string', 'Tulis baru\nImage', 'Berita Kerja Bakti']));
