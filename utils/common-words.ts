/**
 * Words so common that, as a unit watch term, they would flag nearly every post: Indonesian function
 * words and everyday verbs, their usual chat spellings, Javanese and English basics. A short hand
 * list on purpose: the settings page only needs to recognise the obvious mistakes ("dan", "yg"), and
 * a general stop-word package would pull a large multilingual table into the page for that.
 */
const WORDS = `
yang yg dan di ke dari ini itu untuk utk dengan dgn pada adalah ada tidak tdk gak ga nggak enggak bukan jangan
akan sudah udah udh sdh belum blm juga jg saja aja sih dong deh kok lah kan ya iya ok oke
saya aku gue gw kamu km kau anda dia kita kami mereka beliau bapak pak ibu bu mas mbak
apa siapa kapan mana dimana bagaimana gimana kenapa mengapa berapa
bisa dapat harus mau ingin perlu boleh lagi masih sangat banget bgt sekali lebih paling
satu dua tiga empat lima hari ini besok kemarin tahun bulan minggu jam waktu
orang baru baik bagus banyak sedikit semua setiap atau tapi tetapi karena krn jadi kalau kalo kl jika
dalam luar atas bawah depan belakang sama seperti kayak buat bikin kasih lihat liat tahu tau
sing ora opo iki iku kuwi wis durung aku kowe awakmu nang ning karo lan
the a an and or to of in on for with is are was be it this that you i we they he she not no yes
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** A watch term that would flag almost everything: one very common word, or one or two letters. */
export function isCommonTerm(term: string): boolean {
  const t = term.trim().toLowerCase();
  return t.length <= 2 || COMMON_WORDS.has(t);
}
