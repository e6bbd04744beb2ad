#pragma once
// Which language the desk speaks, decided once at start-up (docs/OPERATOR-GUIDE.md
// "Language"): the system locale unless the Language setting, --lang or
// $REISSUEDESK_LANG chooses zh_CN or en. Pages are built after this and read
// their texts through tr(), so the choice needs no live switching.
//
// Two translators: the desk's own texts (resources/translations, embedded as
// :/i18n) and Qt's (qtbase_zh_CN.qm from the system, Debian
// qt6-translations-l10n) for dialog buttons and context menus. QLocale's
// default is set too, so every QLocale() formats dates and numbers the same way.
//
// Chinese needs a font with CJK glyphs: a stock Debian desktop's default
// (DejaVu Sans) has none and Qt's per-glyph fallback is not guaranteed on every
// platform plugin, so a Chinese desk asks for a CJK family first.

#include <QLocale>
#include <QString>
#include <memory>

class QTranslator;

namespace reissuedesk {

class DeskLanguage {
public:
    // Installs the translators for `locale` into the running application (and
    // sets QLocale's default); the destructor removes them.
    explicit DeskLanguage(const QLocale &locale);
    ~DeskLanguage();
    DeskLanguage(const DeskLanguage &) = delete;
    DeskLanguage &operator=(const DeskLanguage &) = delete;

    // "system" (or empty, or anything unknown): `system`; "zh_CN", "zh", "en"...:
    // that language. Chinese variants other than zh_CN fall back to zh_CN's texts.
    static QLocale localeFor(const QString &choice, const QLocale &system = QLocale::system());

    QLocale locale() const { return m_locale; }
    // Whether the desk's own and Qt's translations were found (false for English).
    bool hasDeskTranslation() const { return m_desk != nullptr; }
    bool hasQtTranslation() const { return m_qt != nullptr; }

    // Puts an installed CJK family first in the application font when `locale`
    // is Chinese. Needs a QGuiApplication.
    static void useFontsFor(const QLocale &locale);

private:
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_desk;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace reissuedesk
