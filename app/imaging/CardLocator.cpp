#include "imaging/CardLocator.h"

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <vector>

namespace reissuedesk {

namespace {

constexpr int WorkingSize = 640;        // longest side of the copy the locator works on
constexpr double MaxTiltDegrees = 10.0; // a little beyond the ±8° a reader must take
constexpr double CardAspect = CardLocator::CardWidthMm / CardLocator::CardHeightMm;

struct EdgePixel {
    float x;
    float y;
    bool horizontal; // lies on a horizontal edge (the gradient points up or down)
};

std::vector<EdgePixel> edgePixels(const QImage &small)
{
    const int w = small.width();
    const int h = small.height();
    std::vector<int> magnitude(size_t(w) * size_t(h), 0);
    std::vector<int> gxs(magnitude.size(), 0);
    std::vector<int> gys(magnitude.size(), 0);
    for (int y = 1; y + 1 < h; ++y) {
        const uchar *a = small.constScanLine(y - 1);
        const uchar *b = small.constScanLine(y);
        const uchar *c = small.constScanLine(y + 1);
        for (int x = 1; x + 1 < w; ++x) {
            const int gx = (a[x + 1] + 2 * b[x + 1] + c[x + 1]) - (a[x - 1] + 2 * b[x - 1] + c[x - 1]);
            const int gy = (c[x - 1] + 2 * c[x] + c[x + 1]) - (a[x - 1] + 2 * a[x] + a[x + 1]);
            const size_t i = size_t(y) * size_t(w) + size_t(x);
            gxs[i] = gx;
            gys[i] = gy;
            magnitude[i] = std::abs(gx) + std::abs(gy);
        }
    }
    // Dim photos have a third of the contrast of bright ones: the threshold follows
    // the picture's own edges rather than a fixed level.
    std::vector<int> sorted = magnitude;
    const size_t rank = sorted.size() * 85 / 100;
    std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(rank), sorted.end());
    const int threshold = std::max(16, sorted[rank]);
    std::vector<EdgePixel> edges;
    for (int y = 1; y + 1 < h; ++y) {
        for (int x = 1; x + 1 < w; ++x) {
            const size_t i = size_t(y) * size_t(w) + size_t(x);
            if (magnitude[i] < threshold)
                continue;
            const int ax = std::abs(gxs[i]);
            const int ay = std::abs(gys[i]);
            // Diagonal gradients belong to neither family (text strokes, guilloche).
            if (ay > 2 * ax)
                edges.push_back({float(x), float(y), true});
            else if (ax > 2 * ay)
                edges.push_back({float(x), float(y), false});
        }
    }
    return edges;
}

// How sharply the edge pixels line up at `degrees`: the sum of squares of both
// projection profiles, largest when the card's edges and text lines fall into
// single bins.
double alignment(const std::vector<EdgePixel> &edges, double degrees, int w, int h)
{
    const double c = std::cos(qDegreesToRadians(degrees));
    const double s = std::sin(qDegreesToRadians(degrees));
    const int offset = w + h;
    std::vector<int> rows(size_t(2 * offset + 1), 0);
    std::vector<int> columns(rows.size(), 0);
    for (const EdgePixel &e : edges) {
        if (e.horizontal)
            ++rows[size_t(qRound(-e.x * s + e.y * c) + offset)];
        else
            ++columns[size_t(qRound(e.x * c + e.y * s) + offset)];
    }
    double score = 0;
    for (size_t i = 0; i < rows.size(); ++i)
        score += double(rows[i]) * rows[i] + double(columns[i]) * columns[i];
    return score;
}

// The strongest local maxima of a profile, at most `count`.
std::vector<int> peaks(const std::vector<int> &profile, size_t count)
{
    std::vector<int> found;
    for (size_t i = 1; i + 1 < profile.size(); ++i) {
        if (profile[i] > 0 && profile[i] >= profile[i - 1] && profile[i] > profile[i + 1])
            found.push_back(int(i));
    }
    std::sort(found.begin(), found.end(), [&](int a, int b) { return profile[size_t(a)] > profile[size_t(b)]; });
    if (found.size() > count)
        found.resize(count);
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace

CardGeometry CardLocator::wholeImage(QSize size)
{
    CardGeometry geometry;
    const double sx = size.width() / CardWidthMm;
    const double sy = size.height() / CardHeightMm;
    geometry.mmToImage = QTransform::fromScale(sx, sy);
    geometry.pixelsPerMm = std::min(sx, sy);
    return geometry;
}

CardGeometry CardLocator::locate(const QImage &gray)
{
    if (gray.isNull() || gray.width() < 32 || gray.height() < 32)
        return wholeImage(gray.size());
    const double reduction = std::max(1.0, double(std::max(gray.width(), gray.height())) / WorkingSize);
    QImage small = gray;
    if (reduction > 1.0) {
        small = gray.scaled(qRound(gray.width() / reduction), qRound(gray.height() / reduction), Qt::IgnoreAspectRatio,
                            Qt::SmoothTransformation);
    }
    small = small.convertToFormat(QImage::Format_Grayscale8);
    const int w = small.width();
    const int h = small.height();
    const std::vector<EdgePixel> edges = edgePixels(small);
    if (edges.size() < 100)
        return wholeImage(gray.size());

    double bestTilt = 0;
    double bestScore = -1;
    for (double t = -MaxTiltDegrees; t <= MaxTiltDegrees + 1e-9; t += 0.5) {
        const double score = alignment(edges, t, w, h);
        if (score > bestScore) {
            bestScore = score;
            bestTilt = t;
        }
    }
    const double coarse = bestTilt;
    for (double t = coarse - 0.4; t <= coarse + 0.4 + 1e-9; t += 0.1) {
        const double score = alignment(edges, t, w, h);
        if (score > bestScore) {
            bestScore = score;
            bestTilt = t;
        }
    }

    // The edge pixels in the card's frame: u along the card, v across it.
    const double c = std::cos(qDegreesToRadians(bestTilt));
    const double s = std::sin(qDegreesToRadians(bestTilt));
    const int offset = w + h;
    const int span = 2 * offset + 1;
    // Per row (v) the u positions of horizontal-edge pixels, per column (u) the v
    // positions of vertical-edge pixels: enough to count a side's coverage.
    std::vector<std::vector<int>> rowPixels(static_cast<size_t>(span));
    std::vector<std::vector<int>> columnPixels(static_cast<size_t>(span));
    std::vector<int> rowProfile(size_t(span), 0);
    std::vector<int> columnProfile(size_t(span), 0);
    for (const EdgePixel &e : edges) {
        const int u = qRound(e.x * c + e.y * s) + offset;
        const int v = qRound(-e.x * s + e.y * c) + offset;
        if (e.horizontal) {
            rowPixels[size_t(v)].push_back(u);
            ++rowProfile[size_t(v)];
        } else {
            columnPixels[size_t(u)].push_back(v);
            ++columnProfile[size_t(u)];
        }
    }
    for (auto &list : rowPixels)
        std::sort(list.begin(), list.end());
    for (auto &list : columnPixels)
        std::sort(list.begin(), list.end());
    // Share of [from, to] covered by edge pixels in lines line-1..line+1 (a sharp
    // edge gives Sobel responses in two neighbouring lines).
    const auto coverage = [](const std::vector<std::vector<int>> &lines, int line, int from, int to) {
        std::vector<char> hit(size_t(to - from + 1), 0);
        for (int l = std::max(0, line - 1); l <= std::min(int(lines.size()) - 1, line + 1); ++l) {
            const auto &list = lines[size_t(l)];
            for (auto it = std::lower_bound(list.begin(), list.end(), from); it != list.end() && *it <= to; ++it)
                hit[size_t(*it - from)] = 1;
        }
        return double(std::count(hit.begin(), hit.end(), 1)) / double(hit.size());
    };

    const std::vector<int> rowsFound = peaks(rowProfile, 14);
    const std::vector<int> columnsFound = peaks(columnProfile, 14);
    double best = 0;
    int top = 0, bottom = 0, left = 0, right = 0;
    for (size_t i = 0; i < rowsFound.size(); ++i) {
        for (size_t j = i + 1; j < rowsFound.size(); ++j) {
            const int height = rowsFound[j] - rowsFound[i];
            if (height < std::min(w, h) / 6)
                continue;
            for (size_t k = 0; k < columnsFound.size(); ++k) {
                for (size_t m = k + 1; m < columnsFound.size(); ++m) {
                    const int width = columnsFound[m] - columnsFound[k];
                    const double aspect = double(width) / height;
                    if (aspect < CardAspect * 0.93 || aspect > CardAspect * 1.07)
                        continue;
                    // Upper bounds first: the coverage counts are the slow part.
                    const double bound = std::min(1.0, double(rowProfile[size_t(rowsFound[i])]) / width) +
                                         std::min(1.0, double(rowProfile[size_t(rowsFound[j])]) / width) +
                                         std::min(1.0, double(columnProfile[size_t(columnsFound[k])]) / height) +
                                         std::min(1.0, double(columnProfile[size_t(columnsFound[m])]) / height);
                    if (bound * 1.5 <= best) // the ±1 line window can add up to that much
                        continue;
                    const double score = coverage(rowPixels, rowsFound[i], columnsFound[k], columnsFound[m]) +
                                         coverage(rowPixels, rowsFound[j], columnsFound[k], columnsFound[m]) +
                                         coverage(columnPixels, columnsFound[k], rowsFound[i], rowsFound[j]) +
                                         coverage(columnPixels, columnsFound[m], rowsFound[i], rowsFound[j]);
                    if (score > best) {
                        best = score;
                        top = rowsFound[i];
                        bottom = rowsFound[j];
                        left = columnsFound[k];
                        right = columnsFound[m];
                    }
                }
            }
        }
    }
    // Below half the perimeter covered, the "card" is more likely text lines and
    // desk texture than a card.
    if (best < 2.0)
        return wholeImage(gray.size());

    const double l = left - offset;
    const double t = top - offset;
    const double sx = (right - left) / CardWidthMm;
    const double sy = (bottom - top) / CardHeightMm;
    const double rx = double(gray.width()) / w;
    const double ry = double(gray.height()) / h;
    CardGeometry geometry;
    geometry.found = true;
    geometry.tilt = bestTilt;
    geometry.mmToImage =
        QTransform(sx * c * rx, sx * s * ry, -sy * s * rx, sy * c * ry, (l * c - t * s) * rx, (l * s + t * c) * ry);
    geometry.pixelsPerMm = (sx + sy) / 2 * (rx + ry) / 2;
    return geometry;
}

} // namespace reissuedesk
