/** The browser test's Arabic fixture: the sample news text and the hard cases after it. */
export const fixture = (sampleNews: string) => `${sampleNews}
العـــربية ﻻ تُقهر: إِنَّ المدرسةَ كبيرة، ومعدّل النمو ٣٫٥٪ و١٬٠٠٠ دولار (2.8%).
قال أ.د. محمد: «هل انتهى؟» ثم غادر. راسلونا على info@example.org أو https://example.com/a?id=15.
نشرت The Financial Times تقريرًا عن iPhone 15 👨‍👩‍👧 🇸🇦 #مصر_اليوم @user_1 وبالحكومة وللسلطة وكتابها.
`;

/** Stream chunks of 7 code units: they fall inside words, numbers, URLs, pairs and abbreviations. */
export const CHUNK_SIZE = 7;
