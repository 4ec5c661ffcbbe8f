// jsdom does no layout, so it has no scrolling: scrollIntoView is a no-op here as it would be for an element in sight.
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {}
