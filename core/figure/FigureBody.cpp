// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figure/FigureBody.h"

#include "core/figure/FigureGeometry.h"

#include <algorithm>

namespace limber::figure {

Vec3 pelvisBall(const PosedBody &b)
{
    return b.pelvis + b.pelvisFrame * Vec3{0, -3, -2};
}

Vec3 nose(const PosedBody &b)
{
    return b.headCentre + b[Joint::Head].frame * Vec3{0, -1.5, bodyMeasures().headRadius - 0.5};
}

std::array<Station, 7> trunkStations(const PosedBody &b, double breath)
{
    const PlacedSegment &lumbar = b[Joint::Lumbar];
    const PlacedSegment &lower = b[Joint::LowerThoracic];
    const PlacedSegment &upper = b[Joint::UpperThoracic];
    const Mat3 &pf = b.pelvisFrame;
    auto mid = [](const PlacedSegment &s) { return (s.start + s.end) * 0.5; };
    // A full breath pushes the belly forward and widens the lower ribs; the upper
    // chest hardly moves (the diaphragm does the work).
    const double w = breath;
    return {{
        {lumbar.start, pf, 14.5, 10.5, 3.5},
        {mid(lumbar), lumbar.frame, 14 + 0.8 * w, 11 * (1 + 0.3 * w), 5 + 3 * w},
        {lumbar.end, lumbar.frame, 14.5 + 1.5 * w, 11.5 * (1 + 0.45 * w), 6 + 4.5 * w},
        {mid(lower), lower.frame, 15.5 + 2 * w, 13 * (1 + 0.2 * w), 7.5 + 2 * w},
        {lower.end, upper.frame, 16.5 + 0.8 * w, 13.5 * (1 + 0.05 * w), 8},
        {mid(upper), upper.frame, 17, 12.5, 7},
        {upper.end - upper.frame.axis(1), upper.frame, 15.5, 9.5, 4},
    }};
}

std::array<QList<Capsule>, 4> limbCapsules(const PosedBody &body)
{
    std::array<QList<Capsule>, 4> limbs;
    for (std::size_t side = 0; side < 2; ++side) {
        const bool left = side == 0;
        const PlacedSegment &arm = body[left ? Joint::ShoulderL : Joint::ShoulderR];
        const PlacedSegment &fore = body[left ? Joint::ElbowL : Joint::ElbowR];
        const PlacedSegment &hand = body[left ? Joint::WristL : Joint::WristR];
        limbs[side] = {
            {arm.start, 5, arm.end, 4},
            {fore.start, 3.8, fore.end, 3},
            {hand.start, 3.2, hand.start + (hand.end - hand.start) * 0.65, 3.7},
        };
        const PlacedSegment &thigh = body[left ? Joint::HipL : Joint::HipR];
        const PlacedSegment &shin = body[left ? Joint::KneeL : Joint::KneeR];
        const PlacedSegment &foot = body[left ? Joint::AnkleL : Joint::AnkleR];
        limbs[side + 2] = {
            {thigh.start, 7.4, thigh.end, 5.4},
            {shin.start, 5.2, shin.end, 3.8},
            {foot.start + foot.frame * Vec3{0, -4, -4}, 3.8, foot.end, 2.8},
        };
    }
    return limbs;
}

double lowestPoint(const PosedBody &body, double breath)
{
    double low = std::min({body.headCentre.y - bodyMeasures().headRadius,
                           nose(body).y - kNoseRadius, pelvisBall(body).y - kPelvisRadius});
    for (const auto &limb : limbCapsules(body))
        for (const Capsule &c : limb)
            low = std::min({low, c.a.y - c.ra, c.b.y - c.rb});
    for (const Station &s : trunkStations(body, breath))
        for (const QPointF &c : unitCircle(kEllipseSteps))
            low = std::min(low, (s.centre() + s.lateral() * c.x() + s.front() * c.y()).y);
    return low;
}

} // namespace limber::figure
