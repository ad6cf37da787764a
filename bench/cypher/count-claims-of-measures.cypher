// Bench: how many claims (retracted ones left out) the given measures hold, to put a reassessment's cost beside what it read.
UNWIND $measureIds AS measureId
MATCH (:Measure {id: measureId})<-[:OF_MEASURE]-(c:Claim) WHERE NOT c:Retracted
RETURN count(c) AS claims
