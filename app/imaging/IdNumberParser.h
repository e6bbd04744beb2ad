#pragma once
// Turns what OCR made of an ID card's number line into a resident ID number, or
// into nothing. Reporting a wrong number is worse than reporting none (the operator
// would trust it), so a candidate must be exactly 18 characters after the usual OCR
// confusions are undone, carry the right GB 11643 check character, name a real
// province and birth date, and agree with what else was read on the card: the
// birth date printed beside it and the holder's sex (odd sequence digit: male).

#include <QDate>
#include <QString>

namespace reissuedesk {

class IdNumberParser {
public:
    // Undoes what OCR confuses with digits and X (O→0, l/I/|→1, x→X, S→5, B→8, Z→2)
    // and drops everything else that is not a digit or X, spaces included.
    static QString normalize(const QString &ocrText);

    // The number in `ocrText`, or an empty string. `birthDate` (when valid) and `sex`
    // ("男" / "女", when not empty) are what was read elsewhere on the card; the number
    // must agree with them. `today` bounds the birth date.
    static QString parse(const QString &ocrText, QDate birthDate, const QString &sex, QDate today);
};

} // namespace reissuedesk
