/** Facebook's labels in the two languages our users have (see shared/facebook-dom.md). */
export type Lang = 'en' | 'id';

export const LABELS = {
  en: {
    composerEntry: "What's on your mind, Andi?",
    createPost: 'Create post',
    post: 'Post',
    close: 'Close',
    writeComment: 'Write a comment…',
    writePublicComment: 'Write a public comment…',
    leaveComment: 'Leave a comment',
    commentBy: 'Comment by',
    darkMode: 'Dark mode',
    published: 'Published',
    send: 'Comment',
    reply: 'Reply',
    writeReply: 'Reply to Budi…',
  },
  id: {
    composerEntry: 'Apa yang Anda pikirkan, Andi?',
    createPost: 'Buat postingan',
    post: 'Posting',
    close: 'Tutup',
    writeComment: 'Tulis komentar…',
    writePublicComment: 'Tulis komentar publik…',
    leaveComment: 'Komentar',
    commentBy: 'Komentar oleh',
    darkMode: 'Mode gelap',
    published: 'Diterbitkan',
    send: 'Komentari',
    reply: 'Balas',
    writeReply: 'Balas Budi…',
  },
} satisfies Record<Lang, Record<string, string>>;

export type Labels = (typeof LABELS)['en'];
