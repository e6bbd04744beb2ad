#include "ui/DeskLanguage.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace reissuedesk {

namespace {

std::unique_ptr<QTranslator> load(const QLocale &locale, const QString &name, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>();
    // "reissuedesk" + "_" + "zh_CN" (then "zh"), as QTranslator looks them up.
    if (!translator->load(locale, name, QStringLiteral("_"), folder))
        return nullptr;
    if (!QCoreApplication::installTranslator(translator.get()))
        return nullptr;
    return translator;
}

} // namespace

DeskLanguage::DeskLanguage(const QLocale &locale)
    : m_locale(locale)
{
    QLocale::setDefault(locale);
    // English is the source language: no translator, so no stale one either.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    // Qt's first: the last installed is searched first, so where both
    // translate (QCommandLineParser's --help texts) the desk's words win.
    m_qt = load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    m_desk = load(locale, QStringLiteral("reissuedesk"), QStringLiteral(":/i18n"));
}

DeskLanguage::~DeskLanguage()
{
    if (m_desk)
        QCoreApplication::removeTranslator(m_desk.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QLocale DeskLanguage::localeFor(const QString &choice, const QLocale &system)
{
    if (choice == QLatin1String("zh_CN") || choice == QLatin1String("zh"))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    if (choice == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (choice.isEmpty() || choice == QLatin1String("system"))
        return system;
    const QLocale named(choice);
    // QLocale("nonsense") is C: keep the system's language then.
    return named.language() == QLocale::C ? system : named;
}

void DeskLanguage::useFontsFor(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return;
    // Debian: fonts-wqy-microhei (install-deps), fonts-noto-cjk on fuller desktops.
    static const QStringList preferred{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei"),
                                       QStringLiteral("Source Han Sans SC"), QStringLiteral("Droid Sans Fallback")};
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    for (const QString &family : preferred) {
        if (installed.contains(family))
            families.append(family);
    }
    if (families.isEmpty())
        return;
    QFont font = QGuiApplication::font();
    families.append(font.families().isEmpty() ? QStringList{font.family()} : font.families());
    font.setFamilies(families);
    QGuiApplication::setFont(font);
}

} // namespace reissuedesk
