/** GraphQL enum names mapped to the values stored in the graph. */
export const enumResolvers = {
  ClaimKind: { DATE: 'date', EVENT: 'event', COUNT: 'count', AMOUNT: 'amount', PLEDGE: 'pledge', PERCENTAGE: 'percentage', VOTE: 'vote', DURATION: 'duration', RATIO: 'ratio', STATUS: 'status' },
  StockRole: { STOCK: 'stock', ARRIVAL: 'arrival', DEPARTURE: 'departure' },
  Qualifier: {
    EXACT: 'exact',
    APPROXIMATELY: 'approximately',
    NEARLY: 'nearly',
    JUST_OVER: 'just_over',
    MORE_THAN: 'more_than',
    AT_LEAST: 'at_least',
    LESS_THAN: 'less_than',
    AT_MOST: 'at_most',
    UP_TO: 'up_to',
    RANGE: 'range',
  },
  TimePrecision: { DAY: 'day', MONTH: 'month', YEAR: 'year', INTERVAL: 'interval' },
  SourceKind: { DOCUMENT: 'document', WORK: 'work' },
  MeasureAspect: { PLEDGED: 'pledged', DELIVERED: 'delivered' },
  TimePart: { EARLY: 'early', MID: 'mid', LATE: 'late' },
  DerivationMethod: { SUM: 'sum', DIFFERENCE: 'difference' },
  EntityType: { COUNTRY: 'country', ORGANIZATION: 'organization', PERSON: 'person', FUND: 'fund', FORCE: 'force', PLACE: 'place', DOCUMENT: 'document' },
};
